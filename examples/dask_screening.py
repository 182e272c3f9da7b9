"""Screening a registry per partition on Dask, equal to the single-machine result.

    python examples/dask_screening.py                    # a local cluster of two processes
    BERDAYA_DASK=tcp://scheduler:8786 python examples/dask_screening.py   # a real cluster

On a real cluster, read the registry where the workers can reach it (e.g.
``dd.read_parquet("s3://…/registry/*.parquet")``) instead of building it here; the
``map_partitions`` call is the same.
"""

import os

import dask.dataframe as dd
from distributed import Client, LocalCluster

from berdaya import registry

ON = "2024-01-01"


def screen_partition(part):
    return registry.screen(part, "wrse", on=ON, to="pandas").astype(str)


def main() -> None:
    table = registry.synthetic(200_000, seed=7)
    pdf = table.to_pandas()
    single = screen_partition(pdf)

    address = os.environ.get("BERDAYA_DASK")
    cluster = None if address else LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with Client(address or cluster) as client:
        ddf = dd.from_pandas(pdf, npartitions=8)
        out = ddf.map_partitions(screen_partition, meta=single.iloc[:0]).compute(scheduler=client.get)
    if cluster is not None:
        cluster.close()

    out = out.reset_index(drop=True)
    assert out.equals(single), "the partitions disagree with the single-machine result"
    print(out["eligibility"].value_counts().to_string())
    print(f"{len(out):,} households screened on Dask; equal to the single-machine result")


if __name__ == "__main__":
    main()
