"""Every visible string of the dashboard, in Dutch: one module per page, plus the frame."""
