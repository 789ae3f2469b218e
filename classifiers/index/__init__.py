"""Exact data match: the institution's own patients, recognised from a keyed-hash index.

``build`` reads a registry export and writes the index (``sentinelle index build``); ``store``
holds the key, the hash and the file format; ``recognizer`` looks mail up; ``scoring`` says
what a match means. The index holds no plaintext: every entry is a keyed hash of normalised
values (``normalize``), and the key lives in a separate file. Nothing is imported here, so that
``classifiers.config`` and ``classifiers.scoring`` stay light (numpy loads with ``store``).
"""
