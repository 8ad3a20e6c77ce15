"""The screens: the main screen (`main.py` over `main_core.py`, with its key groups in
`*_actions.py` and `view_settings.py`), the facts view, and the dialogs."""
