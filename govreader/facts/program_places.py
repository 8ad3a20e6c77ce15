"""Word lists the program rules share: Korean place names that brand a local scheme.

A name like `‘은평형 통합돌봄’` is branded by its place; `‘생존형 출마’` or `‘체험형 관광’` is not.
A place is a province or municipality, written in full (`은평구`, `부안군`, `경기도`) or short
(`은평`, `부안`, `경기`).
"""

from __future__ import annotations

from govreader.facts.phrases import word_set

# Provinces and metropolitan cities, and the short names of cities, counties and districts.
PLACES = word_set(
    "서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주 "
    "종로 중구 용산 성동 광진 동대문 중랑 성북 강북 도봉 노원 은평 서대문 마포 양천 강서 구로 "
    "금천 영등포 동작 관악 서초 강남 송파 강동 서구 동구 남구 북구 영도 부산진 동래 해운대 "
    "사하 금정 연제 수영 사상 기장 수성 달서 달성 군위 미추홀 연수 남동 부평 계양 강화 옹진 "
    "광산 유성 대덕 울주 수원 성남 의정부 안양 부천 광명 평택 동두천 안산 고양 과천 구리 "
    "남양주 오산 시흥 군포 의왕 하남 용인 파주 이천 안성 김포 화성 양주 포천 여주 연천 가평 "
    "양평 춘천 원주 강릉 동해 태백 속초 삼척 홍천 횡성 영월 평창 정선 철원 화천 양구 인제 "
    "고성 양양 청주 충주 제천 보은 옥천 영동 증평 진천 괴산 음성 단양 천안 공주 보령 아산 "
    "서산 논산 계룡 당진 금산 부여 서천 청양 홍성 예산 태안 전주 군산 익산 정읍 남원 김제 "
    "완주 진안 무주 장수 임실 순창 고창 부안 목포 여수 순천 나주 광양 담양 곡성 구례 고흥 "
    "보성 화순 장흥 강진 해남 영암 무안 함평 영광 장성 완도 진도 신안 포항 경주 김천 안동 "
    "구미 영주 영천 상주 문경 경산 의성 청송 영양 영덕 청도 고령 성주 칠곡 예천 봉화 울진 "
    "울릉 창원 진주 통영 사천 김해 밀양 거제 양산 의령 함안 창녕 남해 하동 산청 함양 거창 "
    "합천 서귀포 마산 진해"
)
# Full names end in one of these: `은평구형`, `부안군형`, `경기도형`, `서울시형`.
PLACE_ENDINGS = ("시", "군", "구", "도")
# Provinces written in full: `충청북도`, `경상남도`, `강원특별자치도`.
PROVINCES = word_set(
    "충청북도 충청남도 전라북도 전라남도 경상북도 경상남도 경기도 강원도 제주도 "
    "강원특별자치도 전북특별자치도 제주특별자치도 세종특별자치시"
)


def is_place(word: str) -> bool:
    """Whether `word` names a province or municipality, in full or short."""
    if word in PLACES or word in PROVINCES:
        return True
    return len(word) >= 2 and word.endswith(PLACE_ENDINGS) and word[:-1] in PLACES
