"""Who may use netmap: API tokens (made with `netmap token create`)."""
