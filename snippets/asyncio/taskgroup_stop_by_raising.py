"""Stop a TaskGroup early before Python 3.15: raise a private exception."""

import asyncio


class Found(Exception):
    """Raised only to end the group; main() suppresses it."""


async def search(mirror: str, delay: float, answers: list[str]) -> None:
    await asyncio.sleep(delay)  # stands in for a lookup on one mirror
    answers.append(mirror)
    # The first answer is enough: failing on purpose makes the group cancel
    # every other task, as it would for a real error.
    raise Found


async def main() -> None:
    answers: list[str] = []
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [
                group.create_task(search(mirror, delay, answers), name=mirror)
                for mirror, delay in [("slow", 10), ("fast", 0.1), ("medium", 5)]
            ]
    except* Found:
        pass  # the planned way out, not a failure
    print("answer from:", answers)
    #> answer from: ['fast']
    print("cancelled:", [task.get_name() for task in tasks if task.cancelled()])
    #> cancelled: ['slow', 'medium']


if __name__ == "__main__":
    asyncio.run(main())
