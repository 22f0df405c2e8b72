/** Decap's interface texts, nested by screen: `{ editor: { editorToolbar: { publish: 'Publier' } } }`. */
export type Phrases = { [key: string]: string | Phrases };

/**
 * Decap's French, completed (its translation lacks the newer strings) and corrected (typos, missing spaces before
 * colons, English loanwords), in the hospital's words: an article is a draft, "en relecture" at the communication
 * service, then "prêt" to publish; with `npm run cms`, saving writes the files on the editor's machine.
 */
export function frenchPhrases(local: boolean): Phrases {
  const save = local ? 'Enregistrer' : 'Publier';
  return {
    app: { header: { media: 'Images', quickAdd: 'Nouveau' } },
    auth: { login: local ? 'Ouvrir la rédaction' : 'Se connecter', loginWithForgejo: 'Se connecter avec Forgejo' },
    collection: {
      collectionTop: {
        newButton: 'Nouvel élément : %{collectionLabel}',
        viewAsList: 'Voir en liste',
        viewAsGrid: 'Voir en grille',
        searchResults: 'Résultats de la recherche « %{searchTerm} »',
        searchResultsInCollection: 'Résultats de la recherche « %{searchTerm} » dans %{collection}',
      },
      entries: { noEntries: 'Aucun élément', unpublishedHeader: 'En cours, pas encore publiés' },
    },
    editor: {
      editorControl: { field: { widgetLabel: 'Champ %{widgetLabel}' } },
      editorControlPane: {
        widget: {
          regexPattern: '%{fieldLabel} : %{pattern}',
          required: 'Le champ « %{fieldLabel} » est obligatoire.',
        },
      },
      editorInterface: { toggleNotes: 'Notes' },
      editorNotesPane: {
        title: 'Notes',
        emptyState: 'Aucune note pour l’instant.',
        addNote: 'Ajouter la note',
        addPlaceholder: 'Une note pour la relecture…',
        editPlaceholder: 'Modifier la note…',
        save: 'Enregistrer',
        cancel: 'Annuler',
        edit: 'Modifier',
        delete: 'Supprimer',
        resolve: 'Résoudre',
        unresolve: 'Rouvrir',
        confirmDelete: 'Supprimer cette note ?',
        shortcut: 'Astuce : Ctrl+Entrée ajoute la note.',
      },
      editorToolbar: {
        publish: save,
        published: local ? 'Enregistré' : 'Publié',
        publishNow: local ? 'Enregistrer maintenant' : 'Publier maintenant',
        publishAndCreateNew: `${save} et créer un nouvel élément`,
        publishAndDuplicate: `${save} et dupliquer`,
        publishing: local ? 'Enregistrement…' : 'Publication…',
        deleteUnpublishedChanges: 'Supprimer les modifications non publiées',
        deletePublishedEntry: 'Supprimer l’élément publié',
        deleteUnpublishedEntry: 'Supprimer l’élément non publié',
        deleteEntry: 'Supprimer',
        status: 'Statut : %{status}',
        backCollection: ' Dans la collection %{collectionLabel}',
        inReview: 'En relecture',
        ready: 'Prêt',
        statusInfoTooltipDraft: 'Brouillon : pour le soumettre au service communication, passez-le « En relecture ».',
        statusInfoTooltipInReview:
          'En relecture au service communication ; vous pouvez encore le modifier pendant la relecture.',
      },
      editorWidgets: {
        markdown: {
          strikethrough: 'Barré',
          toggleMode: { rich: 'Passer au texte mis en forme', markdown: 'Passer au Markdown' },
        },
        image: { chooseMultiple: 'Choisir des images', addMore: 'Ajouter des images', removeAll: 'Retirer les images' },
        file: {
          chooseMultiple: 'Choisir des fichiers',
          addMore: 'Ajouter des fichiers',
          removeAll: 'Retirer les fichiers',
        },
        datetime: { setToNow: '« %{fieldLabel} » à maintenant' },
        object: { expand: 'Déplier', collapse: 'Replier' },
        unknownControl: { noControl: 'Pas de champ pour le type « %{widget} ».' },
        unknownPreview: { noPreview: 'Pas d’aperçu pour le type « %{widget} ».' },
      },
    },
    mediaLibrary: {
      mediaLibraryModal: {
        close: 'Fermer',
        upload: 'Ajouter une image',
        uploading: 'Envoi…',
        chooseSelected: 'Choisir cette image',
        deleteSelected: 'Supprimer la sélection',
        images: 'Images',
        mediaAssets: 'Images et fichiers',
        search: 'Rechercher…',
      },
      mediaLibrary: { onDelete: 'Supprimer l’image sélectionnée ?' },
    },
    ui: {
      settingsDropdown: { account: 'Compte', logOut: 'Se déconnecter' },
      toast: {
        missingRequiredField: 'Un champ est incomplet : corrigez ce que la page signale en rouge, puis enregistrez.',
        entrySaved: local ? 'Enregistré dans les fichiers du site' : 'Enregistré',
        entryPublished: local ? 'Enregistré dans les fichiers du site' : 'Publié',
        onLoggedOut: 'Vous avez été déconnecté : copiez votre texte, puis reconnectez-vous.',
      },
    },
    workflow: {
      workflow: { workflowHeading: 'Relecture', newPost: 'Nouvel article' },
      workflowCard: { deleteChanges: 'Supprimer les modifications' },
      workflowList: {
        draftHeader: 'Brouillons',
        inReviewHeader: 'En relecture',
        readyHeader: 'Prêts à publier',
        onPublishingNotReadyEntry:
          'Seuls les éléments « Prêts » peuvent être publiés : glissez la carte dans la colonne « Prêts à publier ».',
      },
    },
  };
}

/** `base` with `overrides` laid over it, key by key. */
export function mergePhrases(base: Phrases, overrides: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const under = merged[key];
    merged[key] = typeof value === 'object' && typeof under === 'object' ? mergePhrases(under, value) : value;
  }
  return merged;
}
