/**
 * Documents and letters: files staff keep in an object's dossier (a case's, later an inspection's), each in
 * versions with who and when, inspected and stored as intake's attachments are ({@link
 * nl.toezicht.kern.Bestandskeuring}, {@link nl.toezicht.kern.Bestandsopslag}); and the one mechanism that
 * makes letters and reports from Thymeleaf templates into PDF on the inspectorate's letter paper ({@link
 * nl.toezicht.documenten.Brieven}). It knows no domain module: the owner of a dossier tells it the
 * dossier's department and reference ({@link nl.toezicht.documenten.Dossierhouder}) and fills its letters'
 * templates itself (decision 0062, docs/documenten.md).
 */
@NullMarked
package nl.toezicht.documenten;

import org.jspecify.annotations.NullMarked;
