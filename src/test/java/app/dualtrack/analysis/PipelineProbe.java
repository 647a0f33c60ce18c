package app.dualtrack.analysis;
public class PipelineProbe {
    public static void main(String[] a) {
        String[] ss = {"Managed three teams.", "Mentors engineers on the team.", "Provides mentorship to senior engineers.",
          "Provide guidance to the team.", "Drives alignment across teams.", "Owns technical decisions with high risk and low reversibility.",
          "Does not manage people; instead owns the ledger.", "Leads initiatives.", "Represents the team in the architecture review.",
          "Facilitation of planning sessions.", "I deliver features with my team.", "Builds consensus among stakeholders.", "Sets the technical vision."};
        for (String s : ss) {
            StringBuilder b = new StringBuilder();
            for (var t : LanguagePipeline.annotate(s).tokens()) b.append(t.word()).append('/').append(t.tag()).append('/').append(t.lemma()).append(' ');
            System.out.println(b);
        }
        long t0 = System.nanoTime();
        int n = 3000;
        for (int i = 0; i < n; i++) LanguagePipeline.annotate("Finds and removes the performance limits of the system-" + i + " pipeline, with measurements.");
        System.out.println("us per sentence: " + (System.nanoTime() - t0) / 1000 / n);
        t0 = System.nanoTime();
        for (int i = 0; i < n; i++) LanguagePipeline.annotate("Owns the design and evolution of the service-" + i + " used by multiple teams.");
        System.out.println("us per sentence: " + (System.nanoTime() - t0) / 1000 / n);
    }
}
