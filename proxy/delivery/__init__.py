"""Where accepted mail goes: the next-hop relay, the maildir next hop, refusal notifications, the PGP/MIME
gateway and its keyring, DKIM signing."""
