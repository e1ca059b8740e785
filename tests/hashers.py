"""A cheap Argon2 for the tests: the same algorithm and hash format as production (so the
gunicorn servers of tests/operations, with production settings, accept the test users'
passwords), with the least time and memory Argon2 allows instead of production's 100 MB."""

from django.contrib.auth.hashers import Argon2PasswordHasher


class FastArgon2PasswordHasher(Argon2PasswordHasher):
    time_cost = 1
    memory_cost = 8
    parallelism = 1
