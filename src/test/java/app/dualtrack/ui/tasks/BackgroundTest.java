package app.dualtrack.ui.tasks;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundTest {
    @Test
    void theResultOrTheFailureComesBackOnTheUiThread() {
        List<Runnable> uiQueue = new ArrayList<>();
        Background tasks = new Background(Runnable::run, uiQueue::add);
        List<String> heard = new ArrayList<>();
        tasks.run("Counting", () -> 42, n -> heard.add("done " + n), e -> heard.add("failed"));
        tasks.run("Reading", () -> {
            throw new IOException("disk gone");
        }, n -> heard.add("done"), e -> heard.add("failed: " + e.getMessage()));
        assertThat(heard).as("nothing is delivered outside the ui thread").isEmpty();
        uiQueue.forEach(Runnable::run);
        assertThat(heard).containsExactly("done 42", "failed: disk gone");
    }

    @Test
    void aSerialLaneRunsItsJobsOneAtATimeInOrderOnAPool() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Background lane = new Background(pool, Runnable::run).serial();
            ConcurrentLinkedQueue<Integer> order = new ConcurrentLinkedQueue<>();
            int[] running = {0};
            boolean[] overlapped = {false};
            CountDownLatch all = new CountDownLatch(50);
            for (int i = 0; i < 50; i++) {
                int n = i;
                lane.work().execute(() -> {
                    synchronized (running) {
                        overlapped[0] |= ++running[0] > 1;
                    }
                    order.add(n);
                    synchronized (running) {
                        running[0]--;
                    }
                    all.countDown();
                });
            }
            assertThat(all.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(overlapped[0]).isFalse();
            assertThat(order).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 50).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
