import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open-loop load: N simulated assessors, each on its own unit, autosaving one answer every P milliseconds (with
 * jitter) through PUT .../answers/{indicator}/{respondent}, carrying the version the previous save returned.
 * Run: java AutosaveLoad.java <baseUrl> <token> <unitsFile> <assessors> <periodMs> <seconds>
 * unitsFile: lines "entity,unit"; indicators are taken from GET /api/v1/methodologies/ombudsman-2022.
 */
public class AutosaveLoad {


    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        List<String> units = java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[2]));
        int assessors = Integer.parseInt(args[3]);
        long period = Long.parseLong(args[4]);
        int seconds = Integer.parseInt(args[5]);
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16))
                .connectTimeout(Duration.ofSeconds(5)).build();
        String tree = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/methodologies/ombudsman-2022"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
        List<String> indicators = new ArrayList<>();
        // Service-user interview indicators: the one source whose respondents go beyond a handful (up to 1,000), so
        // every simulated save is a new or overwritten answer the instrument accepts.
        var matcher = java.util.regex.Pattern.compile(
                "\"code\":\"([A-Z]+\\.[A-Z]+\\.\\d+)\",\"text\":\\{[^}]*\\},\"source\":\"USER_INTERVIEW\"").matcher(tree);
        while (matcher.find()) {
            indicators.add(matcher.group(1));
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Random seed = new Random(7);
        // Respondent numbers fresh to this run (the national data set holds 1–4; earlier runs used others), so every
        // cell is first saved as new and then overwritten — the common case, not a conflict.
        int firstRespondent = 100 + new Random().nextInt(200) * 4;
        for (int a = 0; a < assessors; a++) {
            String[] unit = units.get(a % units.size()).split(",");
            String path = base + "/api/v1/cycles/2024/entities/" + unit[0] + "/units/" + unit[1] + "/answers/";
            int[] version = new int[indicators.size() * 4];
            AtomicInteger step = new AtomicInteger();
            Random random = new Random(seed.nextLong());
            long initialDelay = random.nextInt((int) period);
            timer.scheduleAtFixedRate(() -> {
                if (System.nanoTime() > end) {
                    return;
                }
                int s = step.getAndIncrement() % version.length;
                String indicator = indicators.get(s % indicators.size());
                int respondent = firstRespondent + s / indicators.size();
                String body = "{\"level\":" + random.nextInt(2) + ",\"version\":" + version[s] + "}";
                HttpRequest request = HttpRequest.newBuilder(URI.create(path + indicator + "/" + respondent))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
                long start = System.nanoTime();
                CompletableFuture<HttpResponse<String>> sent = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
                sent.whenComplete((response, error) -> {
                    latencies.add(System.nanoTime() - start);
                    if (error != null || response.statusCode() >= 500 || response.statusCode() == 401) {
                        failures.incrementAndGet();
                    } else {
                        if (response.statusCode() == 409) {
                            conflicts.incrementAndGet();
                        } else if (response.statusCode() != 200) {
                            refused.incrementAndGet();
                        }
                        var v = java.util.regex.Pattern.compile("\"version\":(\\d+)").matcher(response.body());
                        if (v.find()) {
                            version[s] = Integer.parseInt(v.group(1));
                        }
                    }
                });
            }, initialDelay, period, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) + 3000);
        timer.shutdownNow();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2) / 1e6;
        double p95 = sorted.get((int) (sorted.size() * 0.95)) / 1e6;
        double p99 = sorted.get((int) (sorted.size() * 0.99)) / 1e6;
        System.out.printf("assessors=%d period_ms=%d seconds=%d requests=%d rate=%.1f/s failures=%d conflicts=%d refused=%d%n",
                assessors, period, seconds, sorted.size(), sorted.size() / (double) seconds, failures.get(), conflicts.get(),
                refused.get());
        System.out.printf("p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f (target p95 <= 50)%n", p50, p95, p99,
                sorted.get(sorted.size() - 1) / 1e6);
        System.exit(0);
    }
}
