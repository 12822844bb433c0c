"""newsroom/client_ip.py: the address the trusted proxy saw, never one the client wrote."""

import pytest
from django.test import RequestFactory

from newsroom.client_ip import client_ip


def request(remote="10.0.0.2", forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.fixture
def behind_proxies(settings):
    settings.NEWSROOM_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.NEWSROOM_TRUSTED_PROXIES = 1
    return settings


def test_without_a_header_setting_it_is_the_peer(settings):
    settings.NEWSROOM_CLIENT_IP_HEADER = ""
    assert client_ip(request("192.0.2.4", forwarded="6.6.6.6")) == "192.0.2.4"


@pytest.mark.parametrize(
    ("forwarded", "trusted", "expected"),
    [
        ("203.0.113.9", 1, "203.0.113.9"),
        ("6.6.6.6, 203.0.113.9", 1, "203.0.113.9"),  # the client's forgery is to the left
        ("6.6.6.6, 203.0.113.9, 10.1.1.1", 2, "203.0.113.9"),  # CDN then the load balancer
        ("203.0.113.9:51234", 1, "203.0.113.9"),
        ("[2001:db8::7]:443", 1, "2001:db8::7"),
        ("2001:DB8::7", 1, "2001:db8::7"),
    ],
)
def test_the_address_the_outermost_trusted_proxy_appended(
    behind_proxies, forwarded, trusted, expected
):
    behind_proxies.NEWSROOM_TRUSTED_PROXIES = trusted
    assert client_ip(request(forwarded=forwarded)) == expected


@pytest.mark.parametrize("forwarded", [None, "", "not-an-address", "203.0.113.9, garbage"])
def test_a_missing_or_broken_header_falls_back_to_the_peer(behind_proxies, forwarded):
    assert client_ip(request("10.0.0.2", forwarded=forwarded)) == "10.0.0.2"


def test_fewer_hops_than_trusted_proxies_falls_back_to_the_peer(behind_proxies):
    behind_proxies.NEWSROOM_TRUSTED_PROXIES = 2
    assert client_ip(request("10.0.0.2", forwarded="203.0.113.9")) == "10.0.0.2"
