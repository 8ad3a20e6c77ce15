"""Find in the article and filter the list: the prompt `/` opens, by the pane that has focus.

Part of `MainScreen` (see `main_core`); it filters through `ListActions.set_query`.
"""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import Input

from govreader.tui.screens.list_actions import ListActions
from govreader.tui.widgets.key_bar import CLOSE, DONE, key_hint

FILTER_DELAY = 0.25
"""Seconds of no typing before the list is filtered by the prompt's text."""


class PromptActions(ListActions):
    async def action_search(self) -> None:
        """Open the prompt, focused at once: keys typed right after `/` are words, never
        commands (a quick `/q…` must not quit). Mounting is awaited and focus is set now, not
        after the keys already queued."""
        prompt = self.prompt
        if prompt is None:
            prompt = self.prompt = Input(id="prompt")
            await self.mount(prompt, before=self.status_bar)
        in_list = self.focused is self.article_list
        self._prompt_mode = "filter" if in_list else "find"
        prompt.placeholder = "words in the title or text" if in_list else "words in this article"
        prompt.border_title = "Filter the library" if in_list else "Find in this article"
        # the keys as the key bar and the dialogs' borders write them
        prompt.border_subtitle = self.reader_app.symbols.plain(
            key_hint([("⏎", DONE), ("esc", CLOSE)])
        )
        prompt.value = self.article_list.query_.text if in_list else ""
        prompt.add_class("-open")
        self.set_focus(prompt)

    async def action_find(self) -> None:
        self.set_focus(self.reader)
        await self.action_search()

    async def action_filter(self) -> None:
        self.set_focus(self.article_list)
        await self.action_search()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input is not self.prompt:
            return
        if self._prompt_mode == "find":
            count = self.reader.find(event.value)
            self.set_message(self._matches(event.value, count) if event.value else "")
            return
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._filter_timer = self.set_timer(FILTER_DELAY, self._apply_filter_text)

    def _apply_filter_text(self) -> None:
        # Applied now (Enter), the text typed must not come back when the wait runs out, over
        # what a later key did (`x` clearing the filters a moment after Enter).
        if self._filter_timer is not None:
            self._filter_timer.stop()
            self._filter_timer = None
        text = self.prompt.value.strip() if self.prompt is not None else ""
        if text != self.article_list.query_.text:
            # Typing narrows to the newest match; emptying the text returns to the open article.
            self.set_query(self.article_list.query_._replace(text=text), follow_open=not text)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input is not self.prompt:
            return
        if self._prompt_mode == "find":
            self._close_prompt(self.reader)
            self.action_next_match(True)
        else:
            self._apply_filter_text()
            self._close_prompt(self.article_list)

    def _close_prompt(self, focus: Widget) -> None:
        if self.prompt is not None:
            self.prompt.remove_class("-open")
        self.set_focus(focus)  # now: the next key already belongs to that pane

    @staticmethod
    def _matches(term: str, count: int) -> str:
        if not count:
            return f"no match for “{term}”"
        return f"{count} match{'es' if count > 1 else ''}"

    def action_next_match(self, forward: bool) -> None:
        reader = self.reader
        number = reader.next_match(forward)
        if number is not None:
            self.set_message(f"match {number + 1}/{len(reader.matches)}")
        elif reader.find_term:
            self.set_message(self._matches(reader.find_term, 0))
        else:
            self.set_message("press / to find in the article")
