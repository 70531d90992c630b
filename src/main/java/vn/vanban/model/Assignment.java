package vn.vanban.model;

import java.util.List;

/**
 * Who carries out a task.
 *
 * @param lead the leading unit (chủ trì), or null
 * @param partners the units taking part (phối hợp)
 * @param timeframe when (thời gian thực hiện), or null
 */
public record Assignment(String lead, List<String> partners, String timeframe) {

    public Assignment {
        partners = List.copyOf(partners);
    }
}
