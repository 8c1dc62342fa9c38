package dev.dyad.core.extract;

import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Place;
import java.util.Optional;

/**
 * What the extractors know of an article as a whole: its id, publication date, main country pair
 * the place of its dateline ("HÀ NỘI –" → Hanoi, VNM), and its lead: the first body line and the
 * day its dateline gives ("MOSCOW, November 18.").
 */
record ArticleFacts(String id, Optional<PartialDate> published, Optional<ArticleDyad> dyad, Optional<Place> dateline,
    Optional<Datelines.Lead> lead) {}
