"""The widgets the screens are made of: panes, bars and the facts table."""
