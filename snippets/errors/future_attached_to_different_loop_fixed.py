"""Fixed: create the future and await it on the same loop, in one asyncio.run()."""

import asyncio

replies: dict[str, asyncio.Future[str]] = {}


async def send_request() -> None:
    future = asyncio.get_running_loop().create_future()
    replies["order-7"] = future
    # Stands in for the network: the reply arrives a moment later.
    asyncio.get_running_loop().call_later(0.01, future.set_result, "shipped")


async def wait_for_reply() -> str:
    return await replies["order-7"]


async def main() -> None:
    await send_request()
    print(await wait_for_reply())
    #> shipped


if __name__ == "__main__":
    asyncio.run(main())
