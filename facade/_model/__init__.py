"""Database, Table, Record and attribute values: plain objects that reach the server only through the backend protocol defined here (``backend.py``)."""
