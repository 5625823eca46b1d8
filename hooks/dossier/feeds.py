"""Feeds of the articles (RSS 2.0 and JSON Feed 1.1) and robots.txt.

Feed readers need absolute links, so every function takes the site's public
URL (``site_url`` in mkdocs.yml). Articles are listed newest first, undated
ones last, like the article index.
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as etree
from email.utils import format_datetime
from urllib.parse import urljoin

from .model import Article
from .render import date_parts, sort_for_listing

FEED_TITLE_SUFFIX = " — articles"


def _absolute(site_url: str, path: str) -> str:
    return urljoin(site_url if site_url.endswith("/") else site_url + "/", path)


def _date(article: Article) -> dt.datetime | None:
    if not article.date:
        return None
    year, month, day = date_parts(article.date)
    return dt.datetime(year, month, day or 1, tzinfo=dt.UTC)  # a month alone: its first day (RFC 822 needs a day)


def rss(articles: list[Article], site_name: str, description: str, site_url: str, limit: int = 50) -> str:
    channel_root = etree.Element(
        "rss",
        {
            "version": "2.0",
            "xmlns:atom": "http://www.w3.org/2005/Atom",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
        },
    )
    channel = etree.SubElement(channel_root, "channel")
    etree.SubElement(channel, "title").text = site_name + FEED_TITLE_SUFFIX
    etree.SubElement(channel, "link").text = _absolute(site_url, "")
    etree.SubElement(channel, "description").text = description
    etree.SubElement(channel, "language").text = "fr"
    etree.SubElement(
        channel,
        "atom:link",
        {"href": _absolute(site_url, "feed.xml"), "rel": "self", "type": "application/rss+xml"},
    )
    for article in sort_for_listing(articles)[:limit]:
        url = _absolute(site_url, article.url)
        item = etree.SubElement(channel, "item")
        etree.SubElement(item, "title").text = article.title
        etree.SubElement(item, "link").text = url
        etree.SubElement(item, "guid", {"isPermaLink": "true"}).text = url
        etree.SubElement(item, "description").text = article.summary or article.title
        if article.author:
            etree.SubElement(item, "dc:creator").text = article.author
        published = _date(article)
        if published:
            etree.SubElement(item, "pubDate").text = format_datetime(published)
    etree.indent(channel_root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(channel_root, encoding="unicode") + "\n"


def json_feed(articles: list[Article], site_name: str, description: str, site_url: str, limit: int = 50) -> str:
    items: list[dict[str, object]] = []
    for article in sort_for_listing(articles)[:limit]:
        url = _absolute(site_url, article.url)
        item: dict[str, object] = {
            "id": url,
            "url": url,
            "title": article.title,
            "summary": article.summary or article.title,
            "content_text": article.text,
            "tags": sorted(article.themes),
        }
        if article.author:
            item["authors"] = [{"name": article.author}]
        published = _date(article)
        if published:
            item["date_published"] = published.isoformat()
        items.append(item)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": site_name + FEED_TITLE_SUFFIX,
        "home_page_url": _absolute(site_url, ""),
        "feed_url": _absolute(site_url, "feed.json"),
        "description": description,
        "language": "fr",
        "items": items,
    }
    return json.dumps(feed, ensure_ascii=False, indent=2) + "\n"


def robots(site_url: str) -> str:
    return f"User-agent: *\nAllow: /\nSitemap: {_absolute(site_url, 'sitemap.xml')}\n"
