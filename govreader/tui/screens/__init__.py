"""The screens: the main screen (its parts in `main_*` and `*_actions`), the facts view, and the
dialogs."""
