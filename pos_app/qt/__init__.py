"""The Qt layer: windows, dialogs, item models and background workers over the Qt-free core."""
