package org.spotcheck.app.workflow;

import java.util.Collection;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The inbox's per-candidate read model sys_inbox_entry (ADR 0014 amended); see InboxEntryMapper.xml. */
@Mapper
public interface InboxEntryMapper {

    /** Deletes the rows of these tasks. */
    int forget(@Param("ids") Collection<String> ids);

    /** Writes the rows of these open tasks (null: of every open task) from the engine's live rows. */
    int record(@Param("ids") Collection<String> ids);

    /** Whether the read model has no row at all. */
    boolean isEmpty();
}
