package app.dualtrack.export;

import org.verapdf.ReleaseDetails;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** veraPDF's PDF/UA-1 profile (the Matterhorn machine checks) run on a PDF in memory. */
final class PdfUaValidator {
    /** The outcome: which profile and validator judged, and each failed rule with its count and first message. */
    record Verdict(String profile, String validatorVersion, boolean compliant, Map<String, String> failures) {
    }

    private static boolean initialised;

    private PdfUaValidator() {
    }

    static synchronized Verdict validate(byte[] pdf) throws Exception {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> failures = new TreeMap<>();
            List<TestAssertion> assertions = result.getTestAssertions();
            for (TestAssertion a : assertions) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                    failures.merge(rule, a.getMessage() + " [" + a.getLocation().getContext() + "]", (x, y) -> x);
                }
            }
            String version = ReleaseDetails.getDetails().stream().filter(d -> d.getId().contains("validation") || d.getId().contains("library"))
                    .map(d -> d.getId() + " " + d.getVersion()).findFirst().orElse("veraPDF");
            return new Verdict(result.getProfileDetails().getName(), version, result.isCompliant(), failures);
        }
    }
}
