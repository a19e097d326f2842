"""Database, Table, Record and attribute values: plain objects that reach the server only through the ``Backend`` protocol defined here."""
