"""submit() returns a Future at once; as_completed() yields each as it finishes."""

import time
from concurrent.futures import Future, ThreadPoolExecutor, as_completed


def resize(image: str, seconds: float) -> str:
    time.sleep(seconds)  # a blocking call: the GIL is free while it waits
    return f"{image} resized"


jobs = {"cat.png": 0.3, "dog.png": 0.1, "owl.png": 0.2}

with ThreadPoolExecutor(max_workers=3) as pool:
    # A Future is a receipt for work that may not have finished yet.
    futures: dict[Future[str], str] = {
        pool.submit(resize, image, seconds): image for image, seconds in jobs.items()
    }
    # as_completed hands back futures in the order they finish, so you can
    # act on early results while others are still running.
    done = [future.result() for future in as_completed(futures)]

# Submitted cat, dog, owl; the shortest job came back first. On a very busy
# machine the order can differ, so the check ignores it ...
print("as they finished:", done)
#> as they finished: ['dog.png resized', 'owl.png resized', 'cat.png resized']
# ... and checks that every job came back, once.
print(sorted(done))
#> ['cat.png resized', 'dog.png resized', 'owl.png resized']
