"""Response times of the tracking pages on the bench data (bench/web_data.py), against a bare Django
view on the same database in the same run: p50/p95 over many requests through Django's test Client
(the full middleware stack: sessions, auth, CSRF, locale, HTMX). No setup_test_environment(): its
instrumented template rendering would slow the pages and flatter the ratio of the bare view.

    .venv/bin/python bench/web_bench.py [--requests 200] [--cold]

Target: each page's p95 within 3× the bare view's p95. --cold clears the fragment cache before
every page request (the worst case: each page runs its queries and renders its rows). Settings as
in production (web_setup.py): DEBUG off, persistent connections (KEHOACH_DB_CONN_MAX_AGE=600) and
so PostgreSQL's prepared statements (KEHOACH_DB_PREPARED, on by default). The machine's load
average is printed before and after: the interleaving keeps the ratio fair under load, but a busy
machine spreads the bare view's p95 and flatters the ratio, so trust runs at a low load.

Figures (cold and warm, before and after the changes that bought them): docs/decisions.md, under
"Page speed on PostgreSQL".
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from web_setup import configure

configure()

from django.contrib.auth.decorators import login_required  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.http import JsonResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.urls import include, path  # noqa: E402

from kehoach.accounts.models import User  # noqa: E402
from kehoach.plans.models import Plan  # noqa: E402
from kehoach.units.models import Unit  # noqa: E402


@login_required
def bare(request):
    """The yardstick: one small query, behind the same middleware and sign-in check."""
    return JsonResponse(
        {"unit": Unit.objects.filter(pk=request.user.unit_id).values_list("name", flat=True).first()}
    )


BARE = "/bench/bare/"
urlpatterns = [path(BARE.strip("/") + "/", bare), path("", include("kehoach.web.urls"))]


def timed_get(client: Client, url: str, cold: bool = False) -> float:
    if cold:
        cache.clear()  # every page request misses the fragment cache: the worst case
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, url
    return elapsed


def timings(client: Client, url: str, n: int, cold: bool) -> tuple[list[float], list[float]]:
    """The page's times and, interleaved request by request, the bare view's: a busy machine slows
    both alike, so their ratio stays fair."""
    for _ in range(max(5, n // 10)):  # warm caches and connections
        timed_get(client, url)
        timed_get(client, BARE)
    page, bare_times = [], []
    for _ in range(n):
        page.append(timed_get(client, url, cold))
        bare_times.append(timed_get(client, BARE))
    return page, bare_times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def pages(plan: Plan) -> list[tuple[str, str]]:
    base = f"/dashboard/{plan.uuid}/"
    return [
        ("bench_coordinator", "/dashboard/"),
        ("bench_coordinator", base),
        ("bench_coordinator", base + "?view=tasks"),
        ("bench_coordinator", base + "?view=assignments"),
        ("bench_coordinator", base + "?view=assignments&overdue=on"),
        ("bench_coordinator", base + "?q=ha+nam"),
        ("bench_reporter", "/portal/"),
        ("bench_reporter", "/portal/?q=hoi+nghi&overdue=on"),
        ("bench_reporter", "/api/assignments"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--cold", action="store_true",
                        help="clear the fragment cache before each page request")
    args = parser.parse_args()
    n = args.requests
    plan = Plan.objects.order_by("id").first()
    clients = {}
    for name in ("bench_coordinator", "bench_reporter"):
        clients[name] = Client()
        clients[name].force_login(User.objects.get(username=name))
    started = os.getloadavg()
    with override_settings(ROOT_URLCONF=__name__):
        results = [(who, url, timings(clients[who], url, n, args.cold)) for who, url in pages(plan)]
    print("cold: fragment cache cleared before every page request" if args.cold else "warm fragment cache")
    print(f"load average (1 min) before {started[0]:.2f}, after {os.getloadavg()[0]:.2f}")
    report(results, n)


def report(results, n: int) -> None:
    print(f"{n} requests each, each followed by one to the bare view; ms; "
          "ratio = p95 page / p95 bare (r50: the same for p50)")
    print(f"{'user':18} {'url':58} {'p50':>7} {'p95':>7} {'bare50':>7} {'bare95':>7} {'r50':>5} {'ratio':>6}")
    for who, url, (page, bare_times) in results:
        ratio = p95(page) / p95(bare_times)
        flag = "" if ratio <= 3 else "  > 3×"
        page50, bare50 = statistics.median(page), statistics.median(bare_times)
        print(
            f"{who:18} {url[:58]:58} {page50:7.2f} {p95(page):7.2f} "
            f"{bare50:7.2f} {p95(bare_times):7.2f} {page50 / bare50:5.2f} {ratio:6.2f}{flag}"
        )


if __name__ == "__main__":
    main()
