"""Authentication schemes and protocols, one private module each."""
