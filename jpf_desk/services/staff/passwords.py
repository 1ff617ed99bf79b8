"""argon2id hashing of staff passwords, with the production cost and a test-only switch.

Hashing is slow on purpose (RFC 9106's second recommended option: 3 passes over 64 MiB,
4 lanes, about 0.1-0.3 s on a desk PC), which is what makes a stolen store's hashes
expensive to guess. Tests switch to a documented cheap set once per session
(tests/conftest.py) so hundreds of sign-ins stay fast; a hash records its own
parameters, so either kind verifies, and a cheap hash met in production is redone
with the production cost at the next good sign-in.
"""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


@dataclass(frozen=True)
class HashCost:
    time_cost: int
    memory_kib: int
    parallelism: int


PRODUCTION = HashCost(time_cost=3, memory_kib=64 * 1024, parallelism=4)

_hasher = PasswordHasher(time_cost=PRODUCTION.time_cost, memory_cost=PRODUCTION.memory_kib,
                         parallelism=PRODUCTION.parallelism, type=Type.ID)


def use_cost(cost: HashCost) -> HashCost:
    """Hash new passwords with `cost` from now on; returns the cost used before.
    Only tests call this (with a cheap cost); the program never does."""
    global _hasher
    previous = current_cost()
    _hasher = PasswordHasher(time_cost=cost.time_cost, memory_cost=cost.memory_kib,
                             parallelism=cost.parallelism, type=Type.ID)
    return previous


def current_cost() -> HashCost:
    return HashCost(_hasher.time_cost, _hasher.memory_cost, _hasher.parallelism)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """False for a wrong password and for a stored value that is not an argon2id hash."""
    if not stored_hash.startswith("$argon2id$"):
        return False
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
