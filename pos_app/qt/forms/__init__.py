"""Python built from the Qt Designer forms in ``ui/`` by ``pyside6-uic`` (``scripts/forms.sh``).

Generated: edit the ``.ui`` file, then run the script; a test fails when they differ.
"""
