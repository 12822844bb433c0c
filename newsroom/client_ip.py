"""The client's IP address as the trusted front proxy saw it.

Behind a proxy every request comes from the proxy's address; the client's is in a header the
proxy sets. Only the proxies the deployment runs may be believed: a client can send any
``X-Forwarded-For`` it likes, and each proxy *appends* the address it received the request
from. So with ``NEWSROOM_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"`` and
``NEWSROOM_TRUSTED_PROXIES = N`` the client is the N-th address from the right (the one the
outermost trusted proxy appended); anything further left was written by the client. With no
header set (development, or a server facing the internet directly) it is ``REMOTE_ADDR``.

Used by django-axes (``AXES_CLIENT_IP_CALLABLE``) and by the audit log.
"""

import ipaddress

from django.conf import settings


def _valid(text: str) -> str | None:
    text = text.strip()
    if text.startswith("[") and "]" in text:  # "[2001:db8::1]:443"
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:  # "203.0.113.7:51234"
        text = text.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return None


def client_ip(request) -> str | None:
    meta = request.META
    header = getattr(settings, "NEWSROOM_CLIENT_IP_HEADER", "")
    if header:
        hops = [h for h in meta.get(header, "").split(",") if h.strip()]
        trusted = max(int(getattr(settings, "NEWSROOM_TRUSTED_PROXIES", 1)), 1)
        if len(hops) >= trusted:
            found = _valid(hops[-trusted])
            if found:
                return found
    return _valid(meta.get("REMOTE_ADDR", ""))
