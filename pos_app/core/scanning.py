"""How a keyboard-wedge scanner is told from a person typing: the defaults and the limits of
the two settings that say it (the window's scanner filter and the shop's settings share them).
"""

# ASSUMED: scanners type 2–15 ms apart (USB HID polls at 1–8 ms); a person rarely types two
# keys under 50 ms apart, and never a dozen in a row. A shop with a slow scanner widens it.
DEFAULT_SCAN_GAP_MS = 45
SCAN_GAP_MS = range(5, 201)
# The shortest code taken as a scan: EAN-8 and the shop's own short codes are longer.
DEFAULT_SCAN_MIN_LENGTH = 6
SCAN_MIN_LENGTHS = range(3, 33)
