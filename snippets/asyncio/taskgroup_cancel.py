# /// script
# requires-python = ">=3.15"
# ///
"""Python 3.15: TaskGroup.cancel() ends the group early, without an error."""

import asyncio


async def search(
    mirror: str, delay: float, answers: list[str], group: asyncio.TaskGroup
) -> None:
    await asyncio.sleep(delay)  # stands in for a lookup on one mirror
    # cancel() also cancels the task that calls it (it has not finished
    # yet), so its return value would be lost: store the answer first.
    answers.append(mirror)
    group.cancel()  # the first answer is enough: stop the rest


async def main() -> None:
    answers: list[str] = []
    async with asyncio.TaskGroup() as group:
        tasks = [
            group.create_task(search(mirror, delay, answers, group), name=mirror)
            for mirror, delay in [("slow", 10), ("fast", 0.1), ("medium", 5)]
        ]
        await asyncio.sleep(60)  # the body is cancelled too
        answers.append("the body's sleep ended")  # never runs
    # The block ends quietly: no CancelledError and no ExceptionGroup.
    print("answer from:", answers)
    #> answer from: ['fast']
    print("cancelled:", [task.get_name() for task in tasks if task.cancelled()])
    #> cancelled: ['slow', 'fast', 'medium']


if __name__ == "__main__":
    asyncio.run(main())
