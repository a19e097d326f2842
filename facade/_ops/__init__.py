"""Operations: the only code that calls the generated client's API functions.

Look-ups (identifiers, record lists, wire references), listings and search, reads and writes.
"""
