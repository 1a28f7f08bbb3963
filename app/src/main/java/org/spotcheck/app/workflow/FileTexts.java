package org.spotcheck.app.workflow;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A file's kind and size as a reader says them, in his language (图片 PNG，0.1 KB / PNG image, 0.1 KB; issue 17's walk:
 * never image/png, 70 B): the case timeline's files ({@link CaseRecordTexts}) and the task page's uploads
 * ({@link DataNames#file}). Its own bean, on the bundles alone, so that neither of those needs the other.
 */
@Component
class FileTexts {

    private final MessageSource messages;

    FileTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** In KB to one decimal (at least 0.1 KB), from 1 MB in MB. */
    String file(String contentType, long sizeBytes) {
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        String major = slash < 0 ? type : type.substring(0, slash);
        String sub = slash < 0 ? "" : type.substring(slash + 1);
        int parameters = sub.indexOf(';');
        sub = parameters < 0 ? sub : sub.substring(0, parameters);
        String format = sub.contains("spreadsheet") || sub.contains("excel") ? "Excel" : sub.contains("word") ? "Word"
                : sub.substring(Math.max(sub.lastIndexOf('.'), sub.lastIndexOf('+')) + 1).toUpperCase(Locale.ROOT);
        String kind = "pdf".equals(sub) ? text("case.file.pdf")
                : "image".equals(major) && !format.isEmpty() ? text("case.file.image", format)
                : format.isEmpty() ? text("case.file.unknown") : text("case.file.other", format);
        String size;
        if (sizeBytes < 1024 * 1024) {
            size = text("case.file.kb", oneDecimal(Math.max(0.1, sizeBytes / 1024.0)));
        } else {
            size = text("case.file.mb", oneDecimal(sizeBytes / (1024.0 * 1024.0)));
        }
        return text("case.file.note", kind, size);
    }

    static String oneDecimal(double value) {
        java.math.BigDecimal rounded = java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().toPlainString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
