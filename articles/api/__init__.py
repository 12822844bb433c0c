"""The content API (django-ninja): published articles, sections and sources as JSON and as IPTC
ninjs, API tokens with scopes, rate limits, the HTTP push channel and webhooks.

* api.py — the NinjaAPI (``/api/v1/``), its error handlers and the docs page;
* read.py (articles, ninjs, sections, sources), push.py (ingest) — the endpoints; resources.py
  and ninjs.py turn articles into JSON (pure functions); schemas.py the shapes for OpenAPI;
  queries.py the querysets and filters (the draft boundary); pagination.py the keyset cursor;
  caching.py JSON responses through the page cache, with ETag/304;
* tokens.py, auth.py, ratelimit.py — who is asking, what they may do, how often;
* webhooks/ — subscribers, signing, the delivery task and the events the write paths emit.
"""
