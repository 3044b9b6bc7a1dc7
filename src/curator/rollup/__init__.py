"""From recorded looks to what an editor reads: source and route reports, their findings and
status (``status``), built per route (``route``), early while the run goes on (``early``), and
gathered into the run's report (``report``)."""

from curator.rollup.status import route_findings, route_status, source_findings

__all__ = ["route_findings", "route_status", "source_findings"]
