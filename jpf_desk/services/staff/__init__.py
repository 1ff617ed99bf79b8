"""Staff at the desk: passwords, signing in, who may do what."""
