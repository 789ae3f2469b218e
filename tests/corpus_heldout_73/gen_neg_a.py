"""Negative builders, part A: public-health communications without identifiable patients."""
import datetime
import html as H

from gen_attach import Att, make_csv, make_docx, make_ics, make_pdf, make_xlsx
from gen_common import (CITIES, closing, envelope, greet, ldate, org, signature, fr_date, en_date)
from gen_pos_a import DOCX, PDF, XLSX
from gen_vocab import DESTS, MADO, STI, VACCINES

RLS = ['RLS des Érables', 'RLS du Vieux-Moulin', 'RLS de Port-Laurier', 'RLS du Lac-Boisé', 'RLS de la Seigneurie']


def neg(spec, note):
    spec['types'] = []
    spec['note'] = note
    return spec


# ---------------------------------------------------------------- newsletter
def newsletter(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'ciusss', lang)
    spec['to'] = [('Liste – Partenaires santé publique', 'partenaires@ciusss-hrv.example')]
    topics = ctx.rng.sample(['rougeole', 'coqueluche', 'syphilis', 'légionellose', 'tuberculose', 'VRS', 'maladie de Lyme'], 3)
    yr = spec['date'].year
    if lang == 'fr':
        spec['subject'] = ctx.pick([f'Bulletin Vigie – vol. {ctx.rng.randint(10, 30)}, no {ctx.rng.randint(1, 12)}',
                                    'Infolettre de santé publique – ' + ctx.pick(['hiver', 'printemps', 'automne']) + f' {yr}',
                                    'Le Flash Vigie – ce qu’il faut savoir cette semaine'])
        sec = []
        for t in topics:
            n1, n2 = ctx.rng.randint(3, 60), ctx.rng.randint(1, 40)
            sec.append(f'<h3>{t.capitalize()}</h3><p>{n1} cas déclarés depuis le début de l’année ({n2} à pareille date l’an dernier). '
                       f'La Dre {ctx.staff("F").full()}, médecin-conseil, rappelle l’importance de déclarer tout cas de {t} dans les 48 h '
                       f'et de vérifier le statut vaccinal des contacts. Les personnes de 0 à 4 ans et de 65 ans et plus demeurent les plus touchées.</p>')
        sec.append('<h3>À l’agenda</h3><p>Webinaire sur la prise en charge des ITSS chez les adolescents – le 14 à 12 h. Inscription sur l’intranet.</p>')
        html = ('<html><body style="font-family:Segoe UI,Arial"><table width="640" align="center"><tr><td>'
                '<h1 style="color:#005A9C">Bulletin Vigie</h1><p><i>Direction de santé publique de la Côte-Boisée</i></p>' +
                ''.join(sec) + '<hr><p style="font-size:8pt">Vous recevez ce bulletin parce que vous êtes inscrit à la liste des partenaires. '
                'Pour vous désabonner, répondez « désabonnement ».</p></td></tr></table></body></html>')
    else:
        spec['subject'] = f'Public Health Update – {ctx.pick(["Winter", "Spring", "Fall"])} {yr}'
        sec = [f'<h3>{t.capitalize()}</h3><p>{ctx.rng.randint(3, 60)} cases reported so far this year. Clinicians should report '
               f'suspected {t} within 48 hours.</p>' for t in topics]
        html = ('<html><body><h1>Public Health Update</h1>' + ''.join(sec) +
                '<p>Questions? Contact the communicable disease team at 514 555-0150.</p></body></html>')
    spec.update(html=html, text=H.unescape(__import__('re').sub('<[^>]+>', '\n', html)).replace('\n\n', '\n'),
                body=ctx.pick(['html', 'alt']))
    return neg(spec, 'public health newsletter (disease news, counts, physician quoted)')


# ---------------------------------------------------------------- weekly statistics
def weekly_stats(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'msss', lang)
    wk = ctx.rng.randint(2, 50)
    head = ['Maladie' if lang == 'fr' else 'Disease'] + RLS + ['Total']
    rows = [head]
    for key in ctx.rng.sample(list(MADO), 8):
        vals = [ctx.rng.randint(0, 9) for _ in RLS]
        rows.append([MADO[key][0 if lang == 'fr' else 1]] + vals + [sum(vals)])
    age = [['Groupe d’âge' if lang == 'fr' else 'Age group', 'Cas', 'Taux /100 000']] + \
          [[g, ctx.rng.randint(0, 40), round(ctx.rng.uniform(0.5, 40), 1)] for g in ['0-4', '5-17', '18-39', '40-64', '65+']]
    if ctx.chance(0.5):
        att = Att(f'MADO_semaine_{wk}.xlsx' if lang == 'fr' else f'reportable_week_{wk}.xlsx', XLSX,
                  make_xlsx([('Par RLS', rows), ('Par âge', age)]))
    else:
        att = Att(f'MADO_S{wk}.csv', 'text/csv', make_csv(rows, delimiter=';', encoding='cp1252'), charset='windows-1252')
    if lang == 'fr':
        spec['subject'] = ctx.pick([f'Statistiques MADO – semaine CDC {wk}', f'Portrait hebdomadaire des MADO (S{wk})'])
        body = (f'{greet(ctx, lang)}\n\nVoici le portrait hebdomadaire des maladies à déclaration obligatoire pour la semaine {wk}. '
                'Les données sont provisoires et peuvent changer. Les cellules de moins de 5 sont présentées telles quelles '
                'pour usage interne seulement.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang, role='Épidémiologiste'))
    else:
        spec['subject'] = f'Weekly reportable disease counts – week {wk}'
        body = f'{greet(ctx, lang)}\n\nAttached are the provisional counts for week {wk}.\n\n' + signature(ctx, s, 'dsp', lang, role='Epidemiologist')
    spec.update(text=body, atts=[att])
    return neg(spec, 'aggregate weekly reportable-disease counts')


# ---------------------------------------------------------------- outbreak status with counts
def outbreak_counts(ctx, i, lang):
    home = ctx.pick(['chsld', 'chsld2'])
    spec, s, r = envelope(ctx, 'dsp', home, lang)
    ill = ctx.pick(['influenza A(H3N2)', 'COVID-19', 'norovirus', 'VRS'])
    n, h, dcd, st = ctx.rng.randint(6, 30), ctx.rng.randint(0, 4), ctx.rng.randint(0, 2), ctx.rng.randint(1, 9)
    if lang == 'fr':
        spec['subject'] = ctx.pick([f'Suivi éclosion {ill} – {org(home)[0]}', f'Éclosion {ill} – bilan jour {ctx.rng.randint(3, 15)}'])
        oname = org(home)[0]
        au = 'à la ' if oname.startswith('Résidence') else 'au '
        body = (f'{greet(ctx, lang, r)}\n\nBilan de l’éclosion de {ill} {au}{oname} :\n\n'
                f'- Résidents atteints : {n} (dont {h} hospitalisés et {dcd} décès)\n- Employés atteints : {st}\n'
                f'- Unités touchées : 2e et 3e étages\n- Taux d’attaque chez les résidents : {round(n / 120 * 100)} %\n\n'
                'Mesures en place : isolement des cas, cohorte du personnel, suspension des activités de groupe, visites limitées aux '
                'proches aidants. La prophylaxie antivirale est recommandée pour tous les résidents de l’unité touchée, sauf '
                'contre-indication. Fin de l’éclosion possible si aucun nouveau cas d’ici le ' +
                fr_date(spec['date'].date() + datetime.timedelta(days=8)) + '.\n\n' + closing(ctx, lang) + '\n\n' +
                signature(ctx, s, 'dsp', lang, role='Conseillère en prévention des infections'))
    else:
        spec['subject'] = f'Outbreak status – {ill}'
        body = (f'{greet(ctx, lang, r)}\n\nCurrent status: {n} residents ill ({h} hospitalized, {dcd} deaths), {st} staff ill. '
                'Cohorting and antiviral prophylaxis for the affected unit continue.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang))
    spec['text'] = body
    return neg(spec, 'care-home outbreak status with counts only')


# ---------------------------------------------------------------- letter to parents (template)
def parent_letter(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'school', lang)
    ill = ctx.pick(['coqueluche', 'varicelle', 'rougeole', 'gastro-entérite', 'gale', 'cinquième maladie'])
    school = ctx.pick(['École primaire des Pionniers', 'École Sainte-Marguerite', 'École secondaire du Versant'])
    paras = ['Madame, Monsieur,', '',
             f'Un cas de {ill} a été signalé chez un élève de l’{school[0].lower() + school[1:]}. Votre enfant pourrait avoir été exposé.',
             'Surveillez l’apparition des symptômes suivants au cours des prochaines semaines : fièvre, toux persistante, éruption.',
             'Si votre enfant présente des symptômes, gardez-le à la maison et consultez un médecin en apportant cette lettre.',
             'Les femmes enceintes et les bébés de moins d’un an de la famille devraient consulter rapidement.', '',
             'Pour toute question, communiquez avec Info-Santé 811.', '', 'Direction de santé publique de la Côte-Boisée']
    if lang == 'fr':
        att = Att(f'Lettre aux parents – {ill}.docx', DOCX, make_docx(f'Avis aux parents – {ill}', paras, author=s.full()))
        spec['subject'] = ctx.pick([f'Lettre aux parents – {ill} – {school}', f'Avis {ill} à distribuer', 'Lettre à envoyer aux parents'])
        body = (f'{greet(ctx, lang, r)}\n\nVoici la lettre à distribuer à tous les parents de la classe concernée (sans nommer l’élève, '
                'évidemment). Merci de l’envoyer par le portail aujourd’hui.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang))
    else:
        paras = ['Dear parents,', '', f'A case of {ctx.pick(["pertussis", "chickenpox", "measles"])} has been reported in a student at your '
                 'child\'s school. Please watch for fever, persistent cough or rash, and keep your child home if symptomatic.', '',
                 'Questions: Info-Santé 811.']
        att = Att('Letter_to_parents.docx', DOCX, make_docx('Notice to parents', paras, author=s.full()))
        spec['subject'] = 'Letter to parents – please distribute'
        body = f'{greet(ctx, lang, r)}\n\nPlease send the attached letter to all parents of the class.\n\n' + signature(ctx, s, 'dsp', lang)
    spec.update(text=body, atts=[att])
    return neg(spec, 'generic letter to parents about a disease at school (no student named)')


# ---------------------------------------------------------------- clinic schedule for the public
def clinic_schedule(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'ciusss', lang)
    rows = []
    for k in range(5):
        d = ctx.day()
        city = ctx.pick(CITIES)[0]
        rows.append((ldate(d, lang, True), city, f'{ctx.rng.randint(10, 999)}, {ctx.pick(["rue Principale", "boulevard Laurier", "rue de l’Église"])}',
                     ctx.pick(['9 h à 16 h', '13 h à 19 h30', '8 h 30 à 12 h']) if lang == 'fr' else ctx.pick(['9am–4pm', '1pm–7:30pm'])))
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Horaire des cliniques de vaccination grippe-COVID', 'Cliniques de vaccination – horaire à diffuser'])
        body = ('Bonjour,\n\nVoici l’horaire des cliniques de vaccination contre la grippe et la COVID-19 à diffuser sur vos plateformes. '
                'La vaccination est gratuite pour les personnes de 60 ans et plus, les personnes atteintes de maladies chroniques, '
                'les femmes enceintes aux 2e et 3e trimestres et les proches de bébés de moins de 6 mois.\n\n' +
                '\n'.join(f'- {a} – {b}, {c} – {d}' for a, b, c, d in rows) +
                '\n\nPrise de rendez-vous : en ligne ou au 1 877 555-0144. Apportez votre carte d’assurance maladie.\n\n' +
                closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang, role='Agente d’information'))
    else:
        spec['subject'] = 'Flu and COVID-19 vaccination clinic schedule'
        body = ('Hello,\n\nPlease share the following public vaccination clinic schedule:\n\n' +
                '\n'.join(f'- {a} – {b}, {c} – {d}' for a, b, c, d in rows) +
                '\n\nBook online or call 1 877 555-0144. Bring your health insurance card.\n\n' + signature(ctx, s, 'dsp', lang))
    spec['text'] = body
    return neg(spec, 'public vaccination clinic schedule')


# ---------------------------------------------------------------- travel advisory
def travel_advisory(ctx, i, lang):
    spec, s, r = envelope(ctx, 'travel', 'gmf', lang)
    spec['to'] = [('Cliniques partenaires', 'cliniques.partenaires@ciusss-hrv.example')]
    dest = ctx.pick(DESTS)
    topic = ctx.pick(['dengue', 'fièvre jaune', 'méningocoque (Hajj)', 'chikungunya', 'rougeole', 'choléra'])
    if lang == 'fr':
        spec['subject'] = f'Avis santé-voyage – {topic} – {dest[0]}'
        body = (f'{greet(ctx, lang)}\n\nUne recrudescence de {topic} est rapportée en {dest[0]}. Recommandations pour les voyageurs :\n\n'
                '- consultation santé-voyage idéalement 6 à 8 semaines avant le départ;\n- mesures de protection contre les piqûres '
                '(DEET 30 %, moustiquaire);\n- vérification du statut vaccinal (RRO, dcaT, hépatite A);\n'
                '- pour les pèlerins : vaccin méningococcique quadrivalent exigé au moins 10 jours avant l’arrivée.\n\n'
                'Le vaccin contre la fièvre jaune est de nouveau disponible à notre clinique (centre désigné). '
                'Le Dr ' + ctx.staff('M').full() + ', responsable médical, donnera une formation aux infirmières le mois prochain.\n\n' +
                closing(ctx, lang) + '\n\n' + signature(ctx, s, 'travel', lang))
    else:
        spec['subject'] = f'Travel health advisory – {dest[1]}'
        body = (f'{greet(ctx, lang)}\n\nAn increase in {ctx.pick(["dengue", "chikungunya", "Zika"])} is reported in {dest[1]}. Travellers '
                'should book a travel consultation 6–8 weeks before departure and use insect protection.\n\n' + signature(ctx, s, 'travel', lang))
    spec['text'] = body
    return neg(spec, 'travel health advisory for clinicians')


# ---------------------------------------------------------------- harm reduction monthly stats
def hr_stats(ctx, i, lang):
    spec, s, r = envelope(ctx, 'scs', 'dsp', lang)
    m = ctx.pick(['janvier', 'février', 'mars', 'avril', 'octobre', 'novembre'])
    v, u, od, nal, kits = ctx.rng.randint(900, 2400), ctx.rng.randint(120, 380), ctx.rng.randint(3, 25), ctx.rng.randint(2, 30), ctx.rng.randint(100, 600)
    rows = [['Indicateur', 'Valeur'], ['Visites', v], ['Usagers distincts', u], ['Surdoses prises en charge', od],
            ['Administrations de naloxone', nal], ['Trousses de naloxone distribuées', kits],
            ['Références TAO', ctx.rng.randint(2, 20)], ['Tests VIH/VHC au point de service', ctx.rng.randint(10, 80)],
            ['Décès', 0]]
    if lang == 'fr':
        spec['subject'] = f'Statistiques mensuelles SCS – {m}'
        body = (f'{greet(ctx, lang)}\n\nVoici nos statistiques de {m}. Hausse des surdoses liées aux opioïdes contaminés au '
                'nitazène en fin de mois; aucune n’a été fatale grâce aux interventions rapides de l’équipe. '
                'Le taux de vérification des substances (bandelettes fentanyl) continue d’augmenter.\n\n' +
                '\n'.join(f'  {a} : {b}' for a, b in rows[1:]) + '\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'scs', lang, role='Coordonnatrice'))
    else:
        spec['subject'] = 'Supervised consumption site – monthly figures'
        body = (f'{greet(ctx, lang)}\n\nMonthly figures: {v} visits, {u} unique clients, {od} overdoses reversed, '
                f'{kits} naloxone kits distributed. No deaths.\n\n' + signature(ctx, s, 'scs', lang))
    spec['text'] = body
    if ctx.chance(0.5):
        spec['atts'] = [Att(f'stats_SCS_{m}.pdf', PDF, make_pdf(f'Statistiques SCS – {m}', ['Données agrégées'], table=rows))]
    return neg(spec, 'aggregate harm-reduction statistics')


# ---------------------------------------------------------------- anonymised teaching case
def teaching_case(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'hosp', lang)
    spec['to'] = [('Résidents en santé publique', 'residents.sp@hsadl.example')]
    age = ctx.rng.randint(19, 70)
    if lang == 'fr':
        case = ctx.pick([
            f'Une femme de {age} ans, enceinte de 18 semaines, présente au dépistage prénatal un EIA syphilis réactif et un RPR à 1:16. '
            'Elle rapporte un traitement antérieur « il y a longtemps » sans documentation. Quelle est votre conduite ?',
            f'Un homme de {age} ans, né au Vietnam, arrivé au Canada il y a 2 ans, a un TCT de 14 mm lors d’un dépistage pré-emploi. '
            'Radiographie normale. Discutez du traitement de l’ITL et des options (4R, 3HP, 9H).',
            f'Une garderie signale 3 enfants avec diarrhée sanglante en 5 jours. Un des enfants a une culture positive pour E. coli O157. '
            'Quelles mesures de contrôle recommandez-vous ?'])
        spec['subject'] = ctx.pick(['Cas clinique pour la séance de jeudi', 'Club de lecture / cas à discuter', 'Vignette – formation des résidents'])
        body = (f'{greet(ctx, lang)}\n\nVoici la vignette pour notre séance de jeudi (cas fictif inspiré de la pratique, aucune donnée '
                f'nominative) :\n\n« {case} »\n\nPréparez vos réponses à partir du Guide québécois. Le Dr {ctx.staff("M").surname} '
                'animera la discussion.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang, role='Médecin-conseil en santé publique'))
    else:
        case = (f'A {age}-year-old man presents with fever and a maculopapular rash 10 days after returning from Europe. He received one dose '
                'of MMR as a child. Measles IgM is positive. List the public health actions in the first 24 hours.')
        spec['subject'] = 'Teaching case for Thursday'
        body = (f'{greet(ctx, lang)}\n\nHere is the (fictitious) case for our session:\n\n"{case}"\n\n' + signature(ctx, s, 'dsp', lang))
    spec['text'] = body
    if i == 1:
        spec['atts'] = [Att('vignette.pdf' if lang == 'fr' else 'case.pdf', PDF, make_pdf('Vignette clinique (fictive)', [case, '', 'Questions :',
                                                                                                                         '1. Diagnostic différentiel', '2. Interventions de santé publique']))]
    return neg(spec, 'anonymised teaching case')


# ---------------------------------------------------------------- conference programme
def conference(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'ciusss', lang)
    spec['to'] = [('Tout le personnel DSP', 'tous.dsp@dsp-coteboisee.example')]
    talks_fr = ['La syphilis congénitale au Québec : où en sommes-nous ?', 'Tuberculose chez les populations nordiques',
                'Vaccination contre le VRS chez les aînés', 'Réduction des méfaits et drogues de synthèse',
                'Gestion des éclosions en CHSLD : leçons apprises', 'Rougeole : l’importance du rattrapage vaccinal']
    talks_en = ['Congenital syphilis: where are we now?', 'TB in northern communities', 'RSV vaccines for older adults',
                'Harm reduction and synthetic drugs', 'Outbreak management in long-term care']
    talks = talks_fr if lang == 'fr' else talks_en
    prog = []
    for k, t in enumerate(ctx.rng.sample(talks, 4)):
        sp = ctx.staff()
        prog.append([f'{9 + k}:00', t, f'{"Dre" if sp.sex == "F" else "Dr"} {sp.full()}' if lang == 'fr' else f'Dr. {sp.full()}',
                     ctx.pick(['infectiologue', 'médecin-conseil', 'pneumologue', 'pédiatre']) if lang == 'fr' else ctx.pick(['ID specialist', 'MOH'])])
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Journées annuelles de santé publique – programme', 'Colloque régional en maladies infectieuses – inscription'])
        body = (f'{greet(ctx, lang)}\n\nLe programme du colloque régional est maintenant disponible :\n\n' +
                '\n'.join(f'{a} – {b} ({c}, {d})' for a, b, c, d in prog) +
                '\n\nLieu : Centre des congrès de Port-Laurier. Crédits de formation reconnus (6 h).\n\n' + closing(ctx, lang) + '\n\n' +
                signature(ctx, s, 'dsp', lang))
        if ctx.chance(0.5):
            spec['atts'] = [Att('Programme du colloque régional – Journées de santé publique.pdf', PDF, make_pdf('Colloque régional – programme', ['Salle A'], table=[['Heure', 'Conférence', 'Conférencier', 'Spécialité']] + prog))]
    else:
        spec['subject'] = 'Regional infectious disease day – programme'
        body = f'{greet(ctx, lang)}\n\nProgramme:\n\n' + '\n'.join(f'{a} – {b} ({c}, {d})' for a, b, c, d in prog) + '\n\n' + signature(ctx, s, 'dsp', lang)
    spec['text'] = body
    return neg(spec, 'conference programme with speakers and disease topics')


# ---------------------------------------------------------------- media release
def media_release(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'ciusss', lang)
    spec['to'] = [('Médias régionaux', 'medias@ciusss-hrv.example')]
    d = ctx.day()
    place = ctx.pick(['Pharmacie Rioux et Bérubé', 'Urgence de l’Hôpital Sainte-Adèle-du-Lac', 'Aréna municipal', 'Autobus 42 (Express Laurier)'])
    if lang == 'fr':
        spec['subject'] = ctx.pick(['COMMUNIQUÉ – Cas de rougeole : lieux d’exposition', 'Communiqué pour diffusion immédiate'])
        body = ('COMMUNIQUÉ DE PRESSE – POUR DIFFUSION IMMÉDIATE\n\n'
                f'La Direction de santé publique confirme un cas de rougeole chez une personne de la région ayant voyagé à l’étranger. '
                'Par souci de confidentialité, aucune autre information ne sera divulguée sur la personne atteinte.\n\n'
                f'Les personnes présentes aux lieux suivants pourraient avoir été exposées :\n- {place}, le {fr_date(d)} entre 14 h et 17 h\n\n'
                'Les personnes nées après 1970 n’ayant pas reçu deux doses de vaccin sont invitées à communiquer avec Info-Santé 811.\n\n'
                f'Source : {s.full()}, conseillère en communication, 450 555-0119\n\n-30-')
    else:
        spec['subject'] = 'MEDIA RELEASE – measles exposure locations'
        body = (f'FOR IMMEDIATE RELEASE\n\nPublic health confirms a measles case in a resident who travelled abroad. No further details '
                f'about the person will be released. Anyone at {place} on {en_date(d)} between 2 and 5 p.m. may have been exposed.\n\n-30-')
    spec['text'] = body
    return neg(spec, 'press release: exposure sites, no identity')


# ---------------------------------------------------------------- procedure update
def procedure_update(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'dsp', lang)
    spec['to'] = [('Équipe Maladies infectieuses', 'equipe.mi@dsp-coteboisee.example')]
    if lang == 'fr':
        topic = ctx.pick(['enquête de contacts TB', 'IPPAP', 'gestion des MADO en dehors des heures', 'prophylaxie post-exposition rage'])
        steps = ['Ouvrir l’épisode dans le système de vigie dans les 24 h suivant la réception.',
                 'Documenter les contacts dans le gabarit (colonnes : Nom, Prénom, DDN, NAM, lien, exposition).',
                 'Ne jamais transmettre de liste nominative par courriel non chiffré; utiliser le répertoire sécurisé.',
                 'Exemple de saisie : « Nom : XXXXX  Prénom : XXXXX  NAM : XXXX 0000 0000 ».',
                 'Fermer l’épisode lorsque tous les contacts ont reçu leur deuxième lecture.']
        spec['subject'] = f'Mise à jour de procédure – {topic}'
        body = (f'{greet(ctx, lang)}\n\nLa procédure « {topic} » a été révisée (version {ctx.rng.randint(2, 6)}.{ctx.rng.randint(0, 9)}). '
                'Principaux changements :\n\n' + '\n'.join(f'{k}. {t}' for k, t in enumerate(steps, 1)) +
                '\n\nLa procédure complète est jointe. Merci d’en prendre connaissance d’ici la réunion d’équipe.\n\n' +
                closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang, role='Chef de service – Maladies infectieuses'))
        att = Att(f'Procédure {topic}.docx', DOCX, make_docx(f'Procédure – {topic}', steps, author=s.full()))
    else:
        spec['subject'] = 'Procedure update – contact tracing'
        steps = ['Open the episode within 24 h.', 'Record contacts in the template (Name, DOB, RAMQ, relationship).',
                 'Never e-mail named lists unencrypted.']
        body = f'{greet(ctx, lang)}\n\nThe contact tracing procedure was revised:\n\n' + '\n'.join(f'- {t}' for t in steps) + '\n\n' + signature(ctx, s, 'dsp', lang)
        att = Att('Procedure_contact_tracing.docx', DOCX, make_docx('Contact tracing procedure', steps, author=s.full()))
    spec.update(text=body, atts=[att])
    return neg(spec, 'procedure update with placeholder examples')


# ---------------------------------------------------------------- blank forms
def blank_form(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', ctx.pick(['gmf', 'clsc', 'hosp']), lang)
    kind = i % 3
    if kind == 0:
        title = 'DÉCLARATION D’UNE MALADIE À DÉCLARATION OBLIGATOIRE (MADO)' if lang == 'fr' else 'REPORTABLE DISEASE NOTIFICATION FORM'
        paras = (['Nom : ______________________  Prénom : ____________________', 'Sexe : ☐ F ☐ M   Date de naissance : ____/____/______',
                  'NAM : __ __ __ __  __ __ __ __  __ __ __ __', 'Adresse : ______________________________________',
                  'Maladie : ___________________  Date de début : __________', 'Résultat de laboratoire : __________________',
                  'Médecin déclarant : __________________  No de permis : _______'] if lang == 'fr' else
                 ['Last name: ____________  First name: ____________', 'DOB: ____/____/______   RAMQ: ____________',
                  'Disease: ____________  Onset: ________', 'Reporting physician: ____________'])
        fname = 'AS-770_formulaire_vierge.pdf' if lang == 'fr' else 'notification_form_blank.pdf'
        att = Att(fname, PDF, make_pdf(title, [p.replace('☐', '[ ]') for p in paras], compress=False))
    elif kind == 1:
        rows = [['Nom', 'Prénom', 'Date de naissance', 'NAM', 'Lien avec le cas', 'Téléphone', 'TCT 1', 'TCT 2', 'Rx']]
        att = Att('gabarit_contacts_TB.xlsx', XLSX, make_xlsx([('Contacts', rows), ('Instructions', [['Remplir une ligne par contact.'],
                                                                                                    ['Ne pas inscrire le nom du cas index.']])]))
    else:
        paras = ['Questionnaire d’enquête – toxi-infection alimentaire', '', 'Nom : ____________', 'Téléphone : ____________',
                 'Aliments consommés dans les 72 h : ________________', 'Symptômes : ☐ diarrhée ☐ vomissements ☐ fièvre',
                 'Date et heure de début : ________']
        att = Att('Questionnaire d’enquête TIAC.docx', DOCX, make_docx(paras[0], [p.replace('☐', '[ ]') for p in paras[1:]], author=s.full()))
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Formulaire vierge demandé', 'Nouveau gabarit à utiliser', 'Formulaire à jour'])
        body = (f'{greet(ctx, lang, r)}\n\nTel que demandé, voici la version à jour du formulaire (vierge). Merci de détruire les anciennes '
                'versions papier.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang, role='Agente administrative'))
    else:
        spec['subject'] = 'Blank form as requested'
        body = f'{greet(ctx, lang, r)}\n\nHere is the current blank form.\n\n' + signature(ctx, s, 'dsp', lang)
    spec.update(text=body, atts=[att])
    return neg(spec, 'blank form / template attachment')


# ---------------------------------------------------------------- mail-merge templates
def merge_template(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'dsp', lang)
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Gabarit de lettre – résultat de TCT', 'Modèle de texto – rappel de vaccin', 'Gabarit courriel IPPAP'])
        body = (f'{greet(ctx, lang)}\n\nVoici le gabarit révisé par le contentieux. Les champs entre accolades sont remplis automatiquement :\n\n'
                '---\nBonjour {{prenom}} {{nom}},\n\nNous vous invitons à vous présenter le {{date_rdv}} à {{heure_rdv}} au {{lieu}} pour '
                'la lecture de votre test. Apportez votre carte d’assurance maladie ({{NAM}}).\n\nPour annuler : {{tel_clinique}}\n---\n\n'
                'Merci de ne pas modifier les balises. Le texte [NOM DU PATIENT] de l’ancienne version ne fonctionne plus.\n\n'
                + signature(ctx, s, 'dsp', lang))
    else:
        spec['subject'] = 'Reminder text template'
        body = ('Hi all,\n\nNew SMS reminder template:\n\n"Hi <FIRST_NAME>, this is a reminder of your appointment on <DATE> at <CLINIC>. '
                'Reply STOP to opt out."\n\n' + signature(ctx, s, 'dsp', lang))
    spec['text'] = body
    return neg(spec, 'letter / SMS template with placeholders')


# ---------------------------------------------------------------- research protocol
def research_protocol(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'hosp2', lang)
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Protocole – étude sur l’acceptabilité du dépistage ITSS en pharmacie', 'Soumission au CÉR – protocole révisé'])
        paras = ['Titre : Acceptabilité du dépistage des ITSS en pharmacie communautaire', 'Devis : étude transversale, questionnaire anonyme',
                 'Population : adultes de 18 à 35 ans se présentant en pharmacie (n = 400)',
                 'Critères d’exclusion : personnes ne pouvant consentir', 'Aucune donnée nominative ne sera recueillie; les questionnaires '
                 'sont identifiés par un code aléatoire (ex. PH-0001).', 'Analyse : régression logistique.']
        body = (f'{greet(ctx, lang, r)}\n\nCi-joint la version révisée du protocole suite aux commentaires du comité d’éthique. '
                'Le recrutement débuterait en septembre.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang, role='Chercheuse – ARPR'))
        att = Att('Protocole_v3.docx', DOCX, make_docx('Protocole de recherche – version 3', paras, author=s.full()))
    else:
        spec['subject'] = 'Research protocol – latent TB treatment completion'
        paras = ['Retrospective cohort of de-identified records (study IDs only).', 'Outcome: completion of 4R vs 3HP.', 'Sample: ~600 episodes.']
        body = f'{greet(ctx, lang, r)}\n\nAttached is the protocol for REB submission.\n\n' + signature(ctx, s, 'dsp', lang)
        att = Att('protocol_v2.pdf', PDF, make_pdf('Study protocol v2', paras))
    spec.update(text=body, atts=[att])
    return neg(spec, 'research protocol without participant identities')


# ---------------------------------------------------------------- aggregate data request
def data_request(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'ciusss', lang)
    rows = [['Groupe d’âge', 'Hommes', 'Femmes', 'Total']] + [[g, a, b, a + b] for g, a, b in
                                                               ((g, ctx.rng.randint(0, 90), ctx.rng.randint(0, 90)) for g in ['15-19', '20-24', '25-29', '30-39', '40+'])]
    if lang == 'fr':
        spec['subject'] = ctx.pick(['RE: Demande de données – chlamydia par âge et sexe', 'Données demandées – infections gonococciques 2024'])
        body = (f'{greet(ctx, lang, r)}\n\nVoici les données demandées (cas déclarés, région, année complète). Cellules < 5 à masquer '
                'avant toute diffusion publique.\n\n' + '\n'.join('\t'.join(str(x) for x in row) for row in rows) +
                '\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang, role='Agente de planification, de programmation et de recherche'))
    else:
        spec['subject'] = 'RE: Data request – chlamydia by age and sex'
        body = f'{greet(ctx, lang, r)}\n\nHere are the aggregate counts:\n\n' + '\n'.join('\t'.join(str(x) for x in row) for row in rows) + '\n\n' + signature(ctx, s, 'dsp', lang)
    spec['text'] = body
    return neg(spec, 'aggregate data request answer')


# ---------------------------------------------------------------- de-identified line list
def anon_line_list(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'msss', lang)
    ill = ctx.pick(['influenza A', 'COVID-19', 'norovirus'])
    head = (['No de cas', 'Groupe d’âge', 'Sexe', 'Semaine de début', 'Symptômes', 'Résultat', 'Hospitalisation'] if lang == 'fr'
            else ['Case #', 'Age group', 'Sex', 'Onset week', 'Symptoms', 'Result', 'Hospitalized'])
    rows = [head]
    for k in range(ctx.rng.randint(8, 14)):
        rows.append([f'C-{k + 1:03d}', ctx.pick(['65-74', '75-84', '85+', '85+']), ctx.pick('FM'), f'S{ctx.rng.randint(2, 9)}',
                     ctx.pick(['fièvre, toux', 'diarrhée', 'vomissements, diarrhée', 'toux']) if lang == 'fr' else ctx.pick(['fever, cough', 'diarrhea']),
                     ctx.pick(['positif', 'négatif', 'non testé']) if lang == 'fr' else ctx.pick(['positive', 'negative', 'not tested']),
                     ctx.pick(['non', 'non', 'oui']) if lang == 'fr' else ctx.pick(['no', 'no', 'yes'])])
    att = Att('liste_anonymisée.xlsx' if lang == 'fr' else 'deidentified_line_list.xlsx', XLSX,
              make_xlsx([('Cas', rows), ('Notes', [['Données dépersonnalisées : aucun nom, NAM, date de naissance ni numéro de chambre.' if lang == 'fr'
                                                    else 'De-identified: no names, health numbers, birth dates or room numbers.']])]))
    if lang == 'fr':
        spec['subject'] = f'Éclosion {ill} – liste dépersonnalisée pour le bilan provincial'
        body = (f'{greet(ctx, lang)}\n\nTel que demandé, voici la liste dépersonnalisée des cas de l’éclosion de {ill} (milieu de vie, région 16). '
                'Les numéros de cas sont propres à notre enquête et ne permettent pas de retracer les personnes.\n\n' + closing(ctx, lang) +
                '\n\n' + signature(ctx, s, 'dsp', lang))
    else:
        spec['subject'] = f'{ill} outbreak – de-identified line list'
        body = f'{greet(ctx, lang)}\n\nDe-identified line list attached (case numbers are internal only).\n\n' + signature(ctx, s, 'dsp', lang)
    spec.update(text=body, atts=[att])
    return neg(spec, 'de-identified outbreak line list (case numbers, age groups)')


NEG_A = [
    ('anon_line_list', anon_line_list, 'ffe'),
    ('newsletter', newsletter, 'ffef'),
    ('weekly_stats', weekly_stats, 'ffef'),
    ('outbreak_counts', outbreak_counts, 'ffef'),
    ('parent_letter', parent_letter, 'fffe'),
    ('clinic_schedule', clinic_schedule, 'ffef'),
    ('travel_advisory', travel_advisory, 'ffee'),
    ('harm_reduction_stats', hr_stats, 'ffef'),
    ('teaching_case', teaching_case, 'fffe'),
    ('conference_programme', conference, 'ffef'),
    ('media_release', media_release, 'ffe'),
    ('procedure_update', procedure_update, 'ffef'),
    ('blank_form', blank_form, 'ffef'),
    ('merge_template', merge_template, 'ffe'),
    ('research_protocol', research_protocol, 'ffe'),
    ('data_request', data_request, 'ffe'),
]
