"""The SMTP/LMTP side: the aiosmtpd server and handler, envelope address checks, parameters, the runtime
that holds the loaded policy and services, and worker supervision."""
