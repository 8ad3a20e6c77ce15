"""The words a notice page's field labels end in (`신청 기간`, `문의처`) and its table headers
name (`구분 | 신청 기준 | 내용`).

Known to the cleaner, which keeps such fields as the article of a page with no story, and to
the audience reader, which reads the fields that say who may apply: one list, so that what the
cleaner keeps as a field is what the facts read as one.
"""

LABEL_ENDINGS = (
    "기간|방법|내용|조건|서류|문의처?|목적|현황|기준|자격|형태|기관|일시|장소|절차|혜택"
    "|규모|요약|구분|서비스명|사업명"
)
"""Label endings besides 대상, which each reader writes as it needs it (`대상`, `대상자?`)."""

COLUMN_WORDS = "구분|대상|기준|내용|기간|방법|자격"
"""Words a table's header row names its columns with."""

OUTLINE_MARK = r"(?:[ㅇ○◦□■❍●◇◆▶\-·∙]|\d{1,2}[.)]|[가-하][.)]|\(\d{1,2}\)|[①-⑳])\s?"
"""The mark a notice's outline sets before a field's label (`○ 지원대상`, `1. 지원대상`,
`가. 신청자격`, `(1) 대상`): the label it marks is a label still, not a menu's short line."""
