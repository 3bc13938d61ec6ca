"""Password hashing (argon2id) and the password rules: long enough, not a common password."""

from __future__ import annotations

from functools import cache
from importlib import resources

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 12
MAX_LENGTH = 256


class PasswordService:
    def __init__(self, time_cost: int, memory_kib: int) -> None:
        self._hasher = PasswordHasher(
            time_cost=time_cost, memory_cost=memory_kib, parallelism=1, type=Type.ID
        )
        # Verifying against this when an account does not exist keeps sign-in timing even.
        self.dummy_hash = self._hasher.hash("not-a-real-password-for-timing")

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, password_hash: str) -> bool:
        return self._hasher.check_needs_rehash(password_hash)


@cache
def common_passwords() -> frozenset[str]:
    text = resources.files("engage.auth").joinpath("data/common_passwords.txt").read_text()
    lines = (line.strip().lower() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def password_problem(password: str, email: str = "", name: str = "") -> str | None:
    """Plain-language reason a new password is not acceptable, or None."""
    if len(password) < MIN_LENGTH:
        return f"Password must be {MIN_LENGTH} characters or more"
    if len(password) > MAX_LENGTH:
        return f"Password must be {MAX_LENGTH} characters or fewer"
    lowered = password.lower()
    squashed = "".join(lowered.split())
    if lowered in common_passwords() or squashed in common_passwords():
        return "That password is too common. Choose a password that is harder to guess"
    if len(set(squashed)) <= 3:
        return "That password is too easy to guess. Use more different characters"
    local_part = email.split("@")[0].lower()
    if local_part and len(local_part) >= 4 and local_part in lowered:
        return "Your password must not contain your email address"
    for part in name.lower().split():
        if len(part) >= 4 and part in lowered and len(squashed) - len(part) < 8:
            return "Your password must not be mostly your name"
    return None
