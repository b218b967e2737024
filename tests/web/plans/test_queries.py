"""Query counts of the busiest pages stay fixed however many plans, tasks or units there are."""

from django.urls import reverse

from kehoach.plans.models import Plan, PlanStatus

# session, user with its unit (top bar), the plan count for the paginator, the page of plans
# (with its task and assignment counts and source file)
PLAN_LIST_QUERIES = 4


def test_the_plan_list_costs_the_same_for_3_or_30_plans(client_for, make_issued_plan,
                                                         django_assert_num_queries):
    client = client_for("coordinator")
    for n in range(3):
        make_issued_plan(number=str(n))
    with django_assert_num_queries(PLAN_LIST_QUERIES):
        small = client.get(reverse("plans:list"))
    for n in range(3, 30):
        make_issued_plan(number=str(n))
    with django_assert_num_queries(PLAN_LIST_QUERIES):
        large = client.get(reverse("plans:list"))
    assert small.content.decode().count("<tr>") == 3 + 1  # + the header row
    assert large.content.decode().count("<tr>") == 25 + 1  # one page


def test_searching_and_filtering_adds_no_query(client_for, make_issued_plan, django_assert_num_queries):
    make_issued_plan()
    client = client_for("coordinator")
    with django_assert_num_queries(PLAN_LIST_QUERIES):
        client.get(reverse("plans:list"), {"q": "nhan quyen", "status": "issued",
                                                              "year": 2025})


# session, user with its unit (top bar), plan (scope check), plan with its source, the
# directory version check (2), collective names and their explicit members
REVIEW_QUERIES = 8


def test_the_review_page_costs_the_same_for_a_small_or_a_large_plan(client_for, import_seed,
                                                                     django_assert_num_queries):
    client = client_for("coordinator")
    small, large = import_seed("000"), import_seed("003")
    client.get(reverse("plans:review", args=[small.uuid]))  # builds the directory index once
    assert len(large.record["tasks"]) > 3 * len(small.record["tasks"])
    for plan in (small, large):
        with django_assert_num_queries(REVIEW_QUERIES):
            assert client.get(reverse("plans:review", args=[plan.uuid])).status_code == 200
    assert Plan.objects.filter(status=PlanStatus.DRAFT).count() == 2
