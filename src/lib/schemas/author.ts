import { z } from 'zod';
import { CONSENT_PATTERN } from './article.ts';
import { fieldError } from './frenchErrors.ts';

/** A collaborator who signs articles: `content/authors/<id>.yaml`. */
export function authorSchema<Image extends z.ZodType>(fields: { image: Image }) {
  return z
    .strictObject({
      /** First and last name as readers see it. */
      name: z
        .string({ error: fieldError('name', 'le prénom et le nom') })
        .trim()
        .min(1, 'Indiquez le nom de l’auteur (name).'),
      /** Title before the name where readers expect it, per language: `{ fr: Dr, de: Dr. med. }`. */
      honorific: z
        .strictObject(
          { fr: z.string().trim().min(1), de: z.string().trim().min(1) },
          { error: fieldError('honorific', 'le titre par langue, par exemple { fr: Dr, de: Dr. med. }') },
        )
        .optional(),
      /** Job title, e.g. `Infirmière cheffe`. */
      role: z
        .string({ error: fieldError('role', 'la fonction, par exemple Infirmière cheffe') })
        .trim()
        .min(1, 'Indiquez la fonction de l’auteur (role).'),
      /** Service or department, e.g. `Service de pédiatrie`. */
      service: z
        .string({ error: fieldError('service', 'le service, par exemple Service de pédiatrie') })
        .trim()
        .min(1, 'Indiquez le service de l’auteur (service).'),
      /** One or two sentences presenting the person. */
      bio: z
        .string({ error: fieldError('bio', 'une ou deux phrases de présentation') })
        .trim()
        .optional(),
      /** Portrait beside the file, e.g. `./claire-morand.jpg`, only with the person's written consent. */
      photo: fields.image.optional(),
      /** Reference of the written consent to publish the portrait, e.g. `CONS-2026-031`. */
      photoConsent: z
        .string({ error: fieldError('photoConsent', 'la référence CONS-AAAA-NNN') })
        .regex(CONSENT_PATTERN, 'La référence de consentement s’écrit CONS-AAAA-NNN (ex. CONS-2026-031).')
        .optional(),
    })
    .refine((author) => !author.photo || author.photoConsent, {
      path: ['photoConsent'],
      message:
        'Une photo de collaborateur demande son consentement écrit : ajoutez photoConsent: CONS-AAAA-NNN ou retirez la photo.',
    });
}
