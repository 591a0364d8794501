"""asyncio.shield(): the caller stops waiting, the shielded work carries on."""

import asyncio


async def save(log: list[str]) -> str:
    await asyncio.sleep(0.3)  # a write that must not be cut in half
    log.append("save finished")
    return "saved"


async def main() -> None:
    log: list[str] = []
    # Keep a reference: shield() does not keep the inner task alive for you.
    saving = asyncio.create_task(save(log))
    try:
        async with asyncio.timeout(0.05):
            await asyncio.shield(saving)
    except TimeoutError:
        log.append("caller timed out")
    print("inner task cancelled:", saving.cancelled(), "| done:", saving.done())
    #> inner task cancelled: False | done: False
    print("its result, awaited later:", await saving)
    #> its result, awaited later: saved
    print(log)
    #> ['caller timed out', 'save finished']


if __name__ == "__main__":
    asyncio.run(main())
