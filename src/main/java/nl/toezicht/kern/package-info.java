/**
 * What is truly shared by all modules: the clock, the embedded database default, problem details,
 * request ids, the scheduler and the list of supervision sectors. No domain rules live here.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package nl.toezicht.kern;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
