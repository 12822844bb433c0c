# Varnish (7.x, with varnish-modules' xkey) in front of newsroom's gunicorn.
#
# It caches what newsroom says it may: Cache-Control s-maxage (the TTL) and
# stale-while-revalidate (grace), and keeps each page under the tags of its Surrogate-Key header.
# When an editor's change commits, newsroom sends PURGE with the changed tags
# (articles.cache.purgers.VarnishXkeyPurger): "xkey-purge" drops what a reader may no longer see,
# "xkey-softpurge" marks the rest stale, served for the moment Varnish fetches it again.
#
#   varnishd -a :80 -f /etc/varnish/newsroom.vcl -s malloc,1G
#   NEWSROOM_CACHE_PURGER=articles.cache.purgers.VarnishXkeyPurger
#   NEWSROOM_CACHE_PURGER_OPTIONS='{"urls": ["http://varnish-host:80/"]}'
#   NEWSROOM_CDN_CACHE_SECONDS=86400   # purges keep it current: let Varnish keep pages a day
vcl 4.1;

import xkey;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

# Who may purge: the application servers.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.xkey-purge) {
            set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        } elseif (req.http.xkey-softpurge) {
            set req.http.n-gone = xkey.softpurge(req.http.xkey-softpurge);
        } else {
            return (synth(400, "Name the tags in xkey-purge or xkey-softpurge"));
        }
        return (synth(200, "Invalidated " + req.http.n-gone + " objects"));
    }
    # Editors (the admin, a session) go straight to the application; readers carry no cookie
    # the public pages read.
    if (req.url ~ "^/admin/" || req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    unset req.http.Cookie;
}

sub vcl_backend_response {
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;  # the tags xkey indexes
    }
    # Cache-Control: s-maxage is the TTL and stale-while-revalidate the grace (Varnish reads
    # both); stale-if-error: keep a stale copy a day to answer with while the origin fails.
    if (beresp.http.Cache-Control ~ "stale-if-error") {
        set beresp.keep = 1d;
    }
}

sub vcl_backend_error {
    # The origin is down and a stale copy is kept: serve it rather than an error.
    if (bereq.is_bgfetch) {
        return (abandon);
    }
}

sub vcl_deliver {
    # The tags are for caches, not for browsers.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Cache-Tag;
}
