"""The customer's rights as tracked requests: access, update, restriction, erasure."""
