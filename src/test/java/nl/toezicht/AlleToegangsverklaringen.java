package nl.toezicht;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.toezicht.toegang.Toegangsverklaring;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/**
 * A {@link Moduletest} starts some modules, but the rights table ({@code toegang/rechten.yaml}) names the rights
 * of all of them, and the application refuses to start when a right there has no declaration. So the modules
 * left out still declare their rights and URL rules here (a declaration is plain data, it needs no other bean);
 * the check itself stays as strict as in production.
 */
class AlleToegangsverklaringen implements BeanFactoryPostProcessor {

    /**
     * After the definitions are read (a registry post-processor of Spring Modulith drops the beans of the modules
     * left out; these are added back after it).
     */
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory fabriek) {
        BeanDefinitionRegistry registry = (BeanDefinitionRegistry) fabriek;
        Set<String> aanwezig = Arrays.stream(registry.getBeanDefinitionNames())
                .map(naam -> registry.getBeanDefinition(naam).getBeanClassName())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        ClassPathScanningCandidateComponentProvider zoeker = new ClassPathScanningCandidateComponentProvider(false);
        zoeker.addIncludeFilter(new AssignableTypeFilter(Toegangsverklaring.class));
        // the modules' own declarations, not those some test makes up
        zoeker.addExcludeFilter(
                (klasse, fabrieken) -> !klasse.getAnnotationMetadata().hasAnnotation(Component.class.getName()));
        for (BeanDefinition verklaring : zoeker.findCandidateComponents(ToezichtApplication.class.getPackageName())) {
            String klasse = Objects.requireNonNull(verklaring.getBeanClassName());
            if (!aanwezig.contains(klasse)) {
                registry.registerBeanDefinition(klasse, verklaring);
            }
        }
    }
}
