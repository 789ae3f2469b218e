"""The quarantine: refused messages kept for the security team, who may release them.

``settings`` (the ``[quarantine]`` policy table), ``store`` (the interface and its value types),
``sqlite`` (the embedded default) and ``postgresql`` (several instances, one store), ``keep``
(what the act step calls before its 250), ``release`` and ``cli`` (``sentinelle quarantine ...``).
See docs/quarantine.md.
"""
